namespace Kim.Workflows.Application.Answers;

/// <summary>How following an answer link ended.</summary>
public enum AnswerStatus
{
    Recorded,
    Tampered,
    Malformed,
    Expired,
    Replayed,
    /// <summary>Genuine, but the conference no longer waits for answers (deadline passed, cancelled, rescheduled).</summary>
    NotWaiting,
}
