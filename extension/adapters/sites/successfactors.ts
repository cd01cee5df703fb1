/** SAP SuccessFactors data centres, shared by the two SAPUI5 table adapters (its pages use both controls). */
export const successFactors = {
  matches: ['https://*.successfactors.com/*', 'https://*.successfactors.eu/*', 'https://*.sapsf.com/*', 'https://*.sapsf.eu/*', 'https://*.sapsf.cn/*', 'https://*.hr.cloud.sap/*'],
  isHost: (url: URL) => /(^|\.)(successfactors\.(com|eu)|sapsf\.(com|eu|cn)|hr\.cloud\.sap)$/.test(url.hostname),
};
