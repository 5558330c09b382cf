using System.Globalization;
using BotRuntime.State;

namespace BotRuntime.Dialogs;

// The dialogs that can be started by id, and (for a root set) where their stack is kept.
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? dialogState;
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        this.dialogState = dialogState;
    }

    // A set whose stack is kept by its owner (a ComponentDialog keeps it in its own instance state).
    public DialogSet()
    {
    }

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            var suffix = 2;
            while (dialogs.ContainsKey(dialog.Id + suffix.ToString(CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            dialog.Id += suffix.ToString(CultureInfo.InvariantCulture);
        }

        dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return dialogs.GetValueOrDefault(dialogId);
    }

    public IEnumerable<Dialog> GetDialogs() => dialogs.Values;

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state property accessor, so it cannot load a dialog stack.");
        }

        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
