/**
 * The CLI's strict date parser. Obsidian hands the plugin its own bundled moment;
 * outside Obsidian the `moment` package stands in, parsing exactly the same formats.
 */
import moment from 'moment';
import { strictDateParser, type DateParser } from '../core/daily-notes';

/** `moment(text, format, true)` as a {@link DateParser}. */
export const parseDateStrict: DateParser = strictDateParser(moment);
