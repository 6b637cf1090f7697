/** Titles of the seed note's talks that UI tests look for. */

/** The panel (mojibake repaired), the seed's only talk that mentions Zig in its title. */
export const PANEL_TITLE = 'Threads | Live Discussion - Coding for speed: Rust vs Zig vs.... JavaScript 🤯???';

/** Glauber Costa's own talk. */
export const GLAUBER_TALK = 'Writing Low Latency Database Applications Even if Your Code Sucks';
