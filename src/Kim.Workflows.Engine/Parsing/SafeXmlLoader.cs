using System.Xml;
using System.Xml.Linq;

namespace Kim.Workflows.Engine.Parsing;

/// <summary>
/// Loads XML with DTDs prohibited (no XXE, no entity expansion), no resolver, a size and depth limit.
/// Depth is checked in a streaming pass first so a deeply nested file fails fast and without recursion.
/// </summary>
internal static class SafeXmlLoader
{
    public static XDocument Load(byte[] content, ParserLimits limits)
    {
        if (content.LongLength > limits.MaxBytes)
        {
            throw new BpmnParseException($"Die Datei ist mit {content.LongLength / 1024 / 1024.0:0.0} MB größer als erlaubt ({limits.MaxBytes / 1024 / 1024} MB).");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = limits.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using (var probe = XmlReader.Create(new MemoryStream(content, writable: false), settings))
            {
                while (probe.Read())
                {
                    if (probe.Depth > limits.MaxDepth)
                    {
                        throw new BpmnParseException($"Die XML-Struktur ist tiefer als {limits.MaxDepth} Ebenen verschachtelt (Zeile {((IXmlLineInfo)probe).LineNumber}).");
                    }
                }
            }

            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new BpmnParseException("Die Datei enthält eine DTD; DTDs und Entitäten sind aus Sicherheitsgründen nicht erlaubt.", e);
        }
        catch (XmlException e)
        {
            throw new BpmnParseException($"Die Datei ist kein gültiges XML: {e.Message}", e);
        }
    }
}
