// Runs in: renderer. en texts of the stakeholders feature.
export const stakeholders = {};
