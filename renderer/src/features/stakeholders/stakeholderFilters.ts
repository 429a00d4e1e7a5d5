// Runs in: renderer. The list filters, remembered for the session so that opening an actor and
// coming back keeps the officer's selection.
import type { ActorCategory } from '../../../../shared/domain/actorCategories';

export interface StakeholderFilters {
  query: string;
  categories: ActorCategory[];
  keyActor: boolean;
  champion: boolean;
  locality: string;
  sort: 'name' | 'updated' | 'locality';
}

export const noFilters: StakeholderFilters = {
  query: '',
  categories: [],
  keyActor: false,
  champion: false,
  locality: '',
  sort: 'name',
};

let remembered: StakeholderFilters = noFilters;

export const rememberedFilters = (): StakeholderFilters => remembered;

export function rememberFilters(filters: StakeholderFilters): void {
  remembered = filters;
}

/** The filters as the list method's input: unset toggles and empty text are left out. */
export function toListInput(f: StakeholderFilters) {
  return {
    query: f.query.trim(),
    categories: f.categories,
    keyActor: f.keyActor || undefined,
    champion: f.champion || undefined,
    locality: f.locality.trim() || undefined,
    sort: f.sort,
  };
}

export const isFiltered = (f: StakeholderFilters): boolean =>
  f.query.trim() !== '' ||
  f.categories.length > 0 ||
  f.keyActor ||
  f.champion ||
  f.locality.trim() !== '';
