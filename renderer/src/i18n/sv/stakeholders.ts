// Runs in: renderer. sv texts of the stakeholders feature.
export const stakeholders = {};
