using System.Xml.Linq;
using Kim.Workflows.Engine.Model;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>A sequence flow read but not yet linked (its ends may come later in the file).</summary>
internal sealed record PendingFlow(SequenceFlow Flow, XElement Xml, IFlowScope Scope, string SourceRef, string TargetRef);
