using System.Globalization;
using BotRuntime;
using BotRuntime.Dialogs;
using BotRuntime.Schema;
using BotRuntime.State;
using Microsoft.Extensions.Options;
using PlanningServicesBot.Cards;
using PlanningServicesBot.Dialogs;
using PlanningServicesBot.Domain.Calendar;
using PlanningServicesBot.Hosting;
using PlanningServicesBot.Identity;
using PlanningServicesBot.Localization;

namespace PlanningServicesBot.Bots;

/// <summary>
/// The bot: greets people when a conversation starts (or on their first message where the channel sends no
/// conversation update) and runs the main dialog for every message.
/// </summary>
public sealed class PlanningBot(
    MainDialog mainDialog,
    ConversationState conversationState,
    MenuCards menus,
    BotText text,
    ProgramCalendar calendar,
    UserDirectory users,
    IOptions<DemoOptions> demo) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>("dialogState");
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty<bool>("welcomed");

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member.Id != botId))
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!await _welcomed.GetAsync(turnContext, () => false, cancellationToken))
        {
            await WelcomeAsync(turnContext, cancellationToken);
            if (string.IsNullOrWhiteSpace(turnContext.Activity.Text) && turnContext.Activity.Value is null)
            {
                return;
            }
        }

        await mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    // The web chat page sends this event once connected: Web Chat starts conversations without a conversationUpdate to greet on.
    protected override async Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name != WebChat.WebChatEndpointRouteBuilderExtensions.JoinEventName)
        {
            await base.OnEventActivityAsync(turnContext, cancellationToken);
        }
        else if (!await _welcomed.GetAsync(turnContext, () => false, cancellationToken))
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var options = demo.Value;
        var demoNotice = options.Enabled
            ? text.Format("Welcome.DemoNotice", new UserTime(calendar.Zone, CultureInfo.CurrentCulture).Day(options.DemoDate), calendar.Zone.Id)
            : null;
        var user = await users.ResolveAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Attachment(menus.Welcome(user, demoNotice)), cancellationToken);
        await _welcomed.SetAsync(turnContext, true, cancellationToken);
    }
}
