using System.Xml.Linq;
using Kim.Workflows.Engine.Timers;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>The working-day marking (<c>kim:arbeitstage</c>, <c>kim:richtung</c>) of timer events and user tasks.</summary>
public sealed partial class BpmnParser
{
    private WorkingDayRule? WorkingDaysOf(XElement x) =>
        WorkingDayRule.From(CamundaExtensions.Properties(x), message => Problem(x, "invalid-working-days", message));
}
