// Runs in: renderer. en texts of the companies feature.
export const companies = {};
