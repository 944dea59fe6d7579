using System.Reflection;

namespace Marketplace.Matching.Taxonomy;

/// <summary>Opens the data files compiled into this assembly (LogicalName
/// "Marketplace.Matching.OpenData.&lt;file&gt;"), so the product never reads loose files.</summary>
public static class EmbeddedResources
{
    public static Stream Open(string fileName)
    {
        var name = "Marketplace.Matching.OpenData." + fileName;
        return Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
    }
}
