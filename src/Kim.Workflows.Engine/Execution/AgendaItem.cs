namespace Kim.Workflows.Engine.Execution;

internal readonly record struct AgendaItem(AgendaOperation Operation, ProcessInstance Instance, Token Token);
