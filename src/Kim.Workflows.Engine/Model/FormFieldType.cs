namespace Kim.Workflows.Engine.Model;

/// <summary>Camunda 7 generated-form field types.</summary>
public enum FormFieldType
{
    String,
    Long,
    Boolean,
    Date,
    Enum,
}
