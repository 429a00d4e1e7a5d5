// Runs in: renderer. The company list filters, remembered for the session (back from a company
// detail lands on the same selection).
export interface CompanyFilters {
  query: string;
  locality: string;
  sizeClass: string;
  sort: 'name' | 'locality' | 'lastVisit' | 'updated';
}

export const noFilters: CompanyFilters = { query: '', locality: '', sizeClass: '', sort: 'name' };

let remembered: CompanyFilters = noFilters;

export const rememberedFilters = (): CompanyFilters => remembered;

export function rememberFilters(filters: CompanyFilters): void {
  remembered = filters;
}

export function toListInput(f: CompanyFilters) {
  return {
    query: f.query.trim(),
    locality: f.locality || undefined,
    sizeClass: f.sizeClass || undefined,
    sort: f.sort,
  };
}

export const isFiltered = (f: CompanyFilters): boolean =>
  f.query.trim() !== '' || f.locality !== '' || f.sizeClass !== '';
