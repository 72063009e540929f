// Calls to the definitions API. State-changing calls send X-Requested-With and the antiforgery token of the
// page (<meta name="kim-antiforgery">), which the server requires of cookie sign-ins (ApiRequestProtectionFilter.cs).
const base = '/api/definitions';

export function antiforgeryToken() {
  const meta = document.querySelector('meta[name="kim-antiforgery"]');
  return meta ? meta.getAttribute('content') : '';
}

async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      'X-Requested-With': 'XMLHttpRequest',
      RequestVerificationToken: antiforgeryToken(),
      'Content-Type': 'application/xml; charset=utf-8',
      Accept: 'application/json, application/problem+json',
    },
    body,
  });
  let data = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    data = await response.json();
  }
  return { ok: response.ok, status: response.status, data };
}

export const api = {
  get: async (key) => send('GET', `${base}/${encodeURIComponent(key)}`),
  xml: async (key, version) => {
    const response = await fetch(`${base}/${encodeURIComponent(key)}/versions/${encodeURIComponent(version)}/xml`, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`Version ${version} konnte nicht geladen werden (HTTP ${response.status}).`);
    }
    return response.text();
  },
  xmlUrl: (key, version) => `${base}/${encodeURIComponent(key)}/versions/${encodeURIComponent(version)}/xml`,
  saveDraft: async (key, xml) => send('PUT', `${base}/${encodeURIComponent(key)}/draft`, xml),
  validate: async (xml) => send('POST', `${base}/validate`, xml),
  publish: async (key, xml) => send('POST', `${base}/${encodeURIComponent(key)}/publish`, xml),
};

/** German text of a failed call: the problem details' detail, or the status. */
export function describeFailure(result) {
  if (result.data && (result.data.detail || result.data.title)) {
    return result.data.detail || result.data.title;
  }
  return `Die Anfrage ist fehlgeschlagen (HTTP ${result.status}).`;
}

/** Offers text as a file download. */
export function download(fileName, text) {
  const blob = new Blob([text], { type: 'application/xml' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
