using NodaTime;
using PlanningServicesBot.Data.Support;
using PlanningServicesBot.Domain.Operations;
using PlanningServicesBot.Domain.Vouchers;

namespace PlanningServicesBot.Data.Tests.Support;

public sealed class SqliteSupportRequestRepositoryTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly SqliteSupportRequestRepository requests;

    public SqliteSupportRequestRepositoryTests() => requests = new SqliteSupportRequestRepository(database.Connections);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ARecordedRequestIsReadBackWithEverythingItWasRecordedWith()
    {
        var request = Request("op-1") with
        {
            Voucher = new VoucherNumber("7K2Q-XJ4M-0B9C"),
            RecentTurns =
            [
                new(TranscriptSpeaker.User, "contact support"),
                new(TranscriptSpeaker.Bot, "Which voucher is it about?"),
                new(TranscriptSpeaker.User, "7K2Q-XJ4M-0B9C"),
            ],
        };

        var receipt = await requests.RecordAsync(request, CancellationToken.None);

        Assert.False(receipt.AlreadyRecorded);
        var byNumber = await requests.FindAsync(receipt.Recorded.Number, CancellationToken.None);
        var byKey = await requests.FindByOperationKeyAsync(new OperationKey("op-1"), CancellationToken.None);
        Assert.NotNull(byNumber);
        Assert.Equal(receipt.Recorded.Number, byKey?.Number);
        AssertSameRequest(request, byNumber.Request);
        AssertSameRequest(request, byKey!.Request);
    }

    [Fact]
    public async Task ACustomersRequestWithoutVoucherOrPartnerKeepsThoseEmpty()
    {
        var request = Request("op-anonymous") with
        {
            Requester = new SupportRequester("webchat", "dl-conv-9", "visitor-9", null, null, null),
            Voucher = null,
            RecentTurns = [],
        };

        var receipt = await requests.RecordAsync(request, CancellationToken.None);

        AssertSameRequest(request, (await requests.FindAsync(receipt.Recorded.Number, CancellationToken.None))!.Request);
    }

    [Fact]
    public async Task RecordingTheSameOperationAgainKeepsTheFirstRequestAndSaysItWasAlreadyRecorded()
    {
        var first = await requests.RecordAsync(Request("op-twice") with { Question = "First wording" }, CancellationToken.None);

        var second = await requests.RecordAsync(Request("op-twice") with { Question = "Second wording", RecordedAt = TestDatabase.Now.Plus(Duration.FromSeconds(3)) }, CancellationToken.None);

        Assert.True(second.AlreadyRecorded);
        Assert.Equal(first.Recorded.Number, second.Recorded.Number);
        Assert.Equal("First wording", second.Recorded.Request.Question);
        Assert.Equal(TestDatabase.Now, second.Recorded.Request.RecordedAt);
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM support_requests"));
    }

    [Fact]
    public async Task SimultaneousRecordingsOfOneOperationStoreOneRequest()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => Task.Run(() => requests.RecordAsync(Request("op-race") with { Question = $"Attempt {i}" }, CancellationToken.None))));

        Assert.Single(receipts, r => !r.AlreadyRecorded);
        Assert.Single(receipts.Select(r => r.Recorded.Number).Distinct());
        Assert.Single(receipts.Select(r => r.Recorded.Request.Question).Distinct());
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM support_requests"));
    }

    [Fact]
    public async Task RequestsAreNumberedInTheOrderTheyArriveAndListedNewestFirst()
    {
        var first = await requests.RecordAsync(Request("op-a"), CancellationToken.None);
        var second = await requests.RecordAsync(Request("op-b"), CancellationToken.None);
        var third = await requests.RecordAsync(Request("op-c"), CancellationToken.None);

        Assert.Equal(["SR-000001", "SR-000002", "SR-000003"], new[] { first, second, third }.Select(r => r.Recorded.Reference));
        Assert.Equal(["op-c", "op-b"], (await requests.ListNewestAsync(2, CancellationToken.None)).Select(r => r.Request.OperationKey.Value));
    }

    [Fact]
    public async Task AnUnknownNumberOrOperationFindsNothing()
    {
        await requests.RecordAsync(Request("op-known"), CancellationToken.None);

        Assert.Null(await requests.FindAsync(999, CancellationToken.None));
        Assert.Null(await requests.FindByOperationKeyAsync(new OperationKey("op-unknown"), CancellationToken.None));
    }

    private static SupportRequest Request(string operationKey) => new(
        new OperationKey(operationKey),
        TestDatabase.Now,
        new SupportRequester("msteams", "a:conv-1", "29:user-1", "Anna Becker", "4711001", "44656d6f-0001-4000-8000-000000000001"),
        null,
        "Can a voucher be redeemed after 1 January 2022?",
        "savoucher@msdirectservices.com",
        [new TranscriptLine(TranscriptSpeaker.User, "contact support")]);

    private static void AssertSameRequest(SupportRequest expected, SupportRequest actual)
    {
        Assert.Equal(expected with { RecentTurns = [] }, actual with { RecentTurns = [] });
        Assert.Equal(expected.RecentTurns, actual.RecentTurns);
    }
}
