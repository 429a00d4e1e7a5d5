// Runs in: renderer. en texts of the overview feature.
export const overview = {};
