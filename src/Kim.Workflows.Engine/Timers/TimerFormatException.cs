namespace Kim.Workflows.Engine.Timers;

/// <summary>A timer value that is not a valid ISO 8601 date, duration or cycle, or cron expression.</summary>
public sealed class TimerFormatException : Exception
{
    public TimerFormatException(string message, string value, Exception? innerException = null)
        : base(message, innerException)
    {
        Value = value;
    }

    public string Value { get; }
}
