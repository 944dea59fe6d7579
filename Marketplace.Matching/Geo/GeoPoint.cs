namespace Marketplace.Matching.Geo;

/// <summary>A WGS84 point. Distances use the haversine formula: good to well under 1 % at
/// commuting distances, which is far below the error of a locality-centroid home point.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusKm = 6371.0088;

    public double DistanceKm(GeoPoint other)
    {
        var dLat = DegToRad(other.Lat - Lat);
        var dLon = DegToRad(other.Lon - Lon);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(DegToRad(Lat)) * Math.Cos(DegToRad(other.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Snaps to a grid of roughly <paramref name="cellMeters"/> so a stored home point
    /// cannot reveal a street address (PRODUCT.md: about 250 m).</summary>
    public GeoPoint SnapToGrid(double cellMeters = 250)
    {
        var latStep = cellMeters / 111_320.0;
        var lat = Math.Round(Lat / latStep) * latStep;
        var lonStep = cellMeters / (111_320.0 * Math.Cos(DegToRad(lat)));
        var lon = Math.Round(Lon / lonStep) * lonStep;
        return new GeoPoint(Math.Round(lat, 5), Math.Round(lon, 5));
    }

    private static double DegToRad(double deg) => deg * Math.PI / 180.0;
}
