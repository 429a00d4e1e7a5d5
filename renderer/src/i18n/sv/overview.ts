// Runs in: renderer. sv texts of the overview feature.
export const overview = {};
