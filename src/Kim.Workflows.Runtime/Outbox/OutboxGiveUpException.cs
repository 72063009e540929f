namespace Kim.Workflows.Runtime.Outbox;

/// <summary>
/// Thrown by an <see cref="IOutboxEffectHandler"/> when trying again cannot help (a permanent refusal, or its own retry
/// window passed): the row becomes an outbox incident at once instead of being retried.
/// </summary>
public sealed class OutboxGiveUpException(string message, Exception? innerException = null) : Exception(message, innerException);
