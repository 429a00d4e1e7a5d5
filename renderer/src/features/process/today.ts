// Runs in: renderer. Today's local date as YYYY-MM-DD, the form the core stores dates in.
import { format } from 'date-fns';

export const localToday = (): string => format(new Date(), 'yyyy-MM-dd');
