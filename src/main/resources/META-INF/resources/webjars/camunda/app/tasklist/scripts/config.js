// Shadows the web app's default config.js (same path on the classpath): names the app for the
// 287(g) WSO program. Keys as documented for the Camunda 7 web apps.
export default {
  app: {
    name: '287(g) WSO Tasklist'
  },
  disableWelcomeMessage: true
};
