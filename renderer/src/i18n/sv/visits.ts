// Runs in: renderer. sv texts of the visits feature.
export const visits = {};
