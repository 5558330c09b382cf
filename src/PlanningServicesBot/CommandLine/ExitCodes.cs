namespace PlanningServicesBot.CommandLine;

/// <summary>The command line's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command could not do what was asked: bad input, unknown voucher, missing file, rejected import.</summary>
    public const int Failure = 1;
}
