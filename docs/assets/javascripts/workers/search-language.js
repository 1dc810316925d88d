// Material's search worker, given only the documents of the reader's language.
// mkdocs-static-i18n puts every language into the one search index all pages load; each page
// starts this worker instead (verifydocs/workarounds/search_language.py rewrites the page's
// config) with ?worker=<Material's worker file>&home=<the reader's prefix>&prefixes=<all prefixes>.
// It lives beside Material's worker, which loads its lunr languages relative to its own URL.
(() => {
  const params = new URL(self.location.href).searchParams;
  const home = params.get("home") || "";
  const prefixes = (params.get("prefixes") || "").split(",").filter(Boolean);
  const languageOf = location => prefixes.find(prefix => location.startsWith(prefix)) || "";
  const SETUP = 0;  // Material's SearchMessageType.SETUP: { config, docs, options }

  // Registered before Material's own listener (importScripts below), so it runs first and the
  // index Material builds holds the reader's documents only.
  addEventListener("message", event => {
    const message = event.data;
    if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs))
      message.data.docs = message.data.docs.filter(doc => languageOf(doc.location) === home);
  });
  importScripts(params.get("worker"));
})();
