// Runs in: renderer. sv texts of the importer feature.
export const importer = {};
