// Runs in: renderer. sv texts of the settings feature.
export const settings = {};
