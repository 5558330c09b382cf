using Spectre.Console;

namespace PlanningServicesBot.CommandLine;

/// <summary>Progress bars for long commands; on a console that is not a terminal Spectre prints occasional plain lines instead.</summary>
internal static class ProgressBars
{
    public static Progress For(IAnsiConsole console) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn());

    /// <summary>Reports counts straight into a progress task, from whichever thread does the work.</summary>
    public static IProgress<long> Reporter(ProgressTask task) => new TaskReporter(task);

    private sealed class TaskReporter(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
