import type { Entry, Handbook } from './handbook.ts';
import type { Guide } from './schemas/guide.ts';

/** What the home page shows, bounded so it stays small however large the handbook grows. */
export interface HomeSummary {
  /** The latest reviews, of guides still in date. */
  recentlyReviewed: Entry<Guide>[];
  overdue: Entry<Guide>[];
  overdueCount: number;
  categories: { category: string; guideCount: number; systems: { id: string; name: string; guideCount: number }[] }[];
}

/** Picks the home page's lists: the latest reviews of guides in date, the most overdue reviews, and guides per system category. */
export function summariseHome(handbook: Handbook, limit = 6): HomeSummary {
  const published = handbook.guides.filter((g) => g.data.status !== 'draft');
  const recentlyReviewed = published
    .filter((g) => !handbook.review.get(g.id)?.overdue)
    .sort((a, b) => b.data.lastReviewed.localeCompare(a.data.lastReviewed) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
  const daysOverdue = (g: Entry<Guide>) => handbook.review.get(g.id)?.daysOverdue ?? 0;
  const overdueAll = published.filter((g) => handbook.review.get(g.id)?.overdue).sort((a, b) => daysOverdue(b) - daysOverdue(a));
  return {
    recentlyReviewed,
    overdue: overdueAll.slice(0, limit),
    overdueCount: overdueAll.length,
    categories: handbook.byCategory.map(({ category, guides }) => ({
      category,
      guideCount: guides.length,
      systems: handbook.systems
        .filter((s) => s.data.category === category && handbook.citing.systems.has(s.id))
        .map((s) => ({ id: s.id, name: s.data.name, guideCount: handbook.citing.systems.get(s.id)?.length ?? 0 })),
    })),
  };
}
