using BotRuntime.State;

namespace PlanningServicesBot.Data.Tests.BotState;

/// <summary>The contract run against the reference implementation, so that it states what MemoryStorage does.</summary>
public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}
