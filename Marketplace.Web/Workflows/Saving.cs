using Marketplace.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Workflows;

public static class Saving
{
    /// <summary>Saves; false when a version token shows someone else changed the row meanwhile.</summary>
    public static async Task<bool> TrySaveAsync(this MarketplaceDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
