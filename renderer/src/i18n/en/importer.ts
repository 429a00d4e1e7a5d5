// Runs in: renderer. en texts of the importer feature.
export const importer = {};
