namespace Kim.Workflows.Application.Handlers.CaseFile;

/// <summary>A form whose values cannot be recorded until a person fixes the process (becomes an incident with this German message).</summary>
internal sealed class CaseFileRecordException(string message) : Exception(message);
