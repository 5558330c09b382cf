namespace BotRuntime.Dialogs;

public enum DialogTurnStatus
{
    // The stack is empty: no dialog was active.
    Empty,

    // The active dialog waits for the user's next message.
    Waiting,

    // The last dialog on the stack ended; DialogTurnResult.Result holds its result.
    Complete,

    // The dialogs on the stack were cancelled.
    Cancelled,

    // The dialog completed and the turn should still wait (used by dialogs that end but expect more input).
    CompleteAndWait,
}
