// Runs in: renderer. sv texts of the companies feature.
export const companies = {};
