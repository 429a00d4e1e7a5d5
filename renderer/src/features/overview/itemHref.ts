// Runs in: renderer. The address of a health item or card entry: its route and optional query.
import { href } from '../../app/router';

export const itemHref = (item: { route: string[]; query?: string }): string =>
  href(...item.route) + (item.query ? `?${item.query}` : '');
