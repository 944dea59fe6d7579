using Marketplace.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Data;

public static class CandidateQueries
{
    /// <summary>A candidate with every part of the profile, in split queries (one per collection)
    /// rather than one wide join.</summary>
    public static IQueryable<Candidate> WithProfile(this IQueryable<Candidate> candidates) => candidates
        .Include(c => c.Experience).Include(c => c.Skills).Include(c => c.Languages)
        .Include(c => c.Licences).Include(c => c.Interests).Include(c => c.ActionPlan)
        .AsSplitQuery();
}
