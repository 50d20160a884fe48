/**
 * The OpenAPI document as one readable HTML page, in French, with no script and no outside asset
 * (the app runs offline): each route, its parameters, its answers, then every schema. Pure.
 */
type TJson = Record<string, unknown>;

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STYLE = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #cbd5e1}code,pre{font-family:ui-monospace,monospace}
pre{background:#f1f5f9;padding:.75rem;overflow-x:auto;font-size:.8rem}.method{font-weight:700;text-transform:uppercase;margin-right:.5rem}
table{border-collapse:collapse}td,th{border:1px solid #cbd5e1;padding:.25rem .5rem;text-align:left;vertical-align:top}`;

function responsesTable(responses: TJson): string {
  const rows = Object.entries(responses).map(([status, response]) => {
    const description = String((response as TJson).description ?? "");
    return `<tr><th scope="row">${escapeHtml(status)}</th><td>${escapeHtml(description)}</td></tr>`;
  });
  return `<table><thead><tr><th scope="col">Code</th><th scope="col">Réponse</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function renderDocsPage(document: TJson): string {
  const info = document.info as { title: string; description: string };
  const paths = document.paths as Record<string, Record<string, TJson>>;
  const schemas = (document.components as { schemas: Record<string, TJson> }).schemas;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const body = operation.requestBody ? `<h4>Corps de la requête</h4><pre>${escapeHtml(JSON.stringify((operation.requestBody as TJson).content, null, 2))}</pre>` : "";
      const parameters = operation.parameters ? `<h4>Paramètres</h4><pre>${escapeHtml(JSON.stringify(operation.parameters, null, 2))}</pre>` : "";
      return `<section id="${escapeHtml(String(operation.operationId))}"><h3><span class="method">${escapeHtml(method)}</span><code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(operation.summary ?? ""))}</p>${operation.description ? `<p>${escapeHtml(String(operation.description))}</p>` : ""}
${parameters}${body}<h4>Réponses</h4>${responsesTable(operation.responses as TJson)}</section>`;
    }),
  );
  const schemaSections = Object.entries(schemas).map(([id, schema]) => `<section id="schema-${escapeHtml(id)}"><h3>${escapeHtml(id)}</h3><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></section>`);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title><style>${STYLE}</style></head><body><main>
<h1>${escapeHtml(info.title)}</h1><p>${escapeHtml(info.description)}</p>
<p>Le document OpenAPI 3.1 : <a href="/api/docs/openapi.json">/api/docs/openapi.json</a>.</p>
<h2>Routes</h2>${operations.join("\n")}
<h2>Schémas</h2>${schemaSections.join("\n")}
</main></body></html>`;
}
