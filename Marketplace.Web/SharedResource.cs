namespace Marketplace.Web;

/// <summary>Marker for the shared UI strings in Resources/SharedResource.*.resx. Keys are the
/// English text; Swedish (the default culture) is the .sv translation.</summary>
public sealed class SharedResource;
