// Calls to our own API. Every answer is JSON; errors have the shape
// {"error": {"status", "code", "message", "position"?}}.

/** An error answer of the API, or a failure to reach it (status 0). */
export class ApiError extends Error {
  constructor(status, code, message, position) {
    super(message);
    this.status = status;
    this.code = code;
    this.position = position;
  }
}

/** Thrown when a newer request of the same channel replaced this one: the caller ignores it. */
export class Superseded extends Error {}

/**
 * A channel of requests where only the latest counts: starting a request aborts the one in flight,
 * and an answer that arrives after a newer request started is discarded (a sequence number guards
 * against answers already being parsed when the abort comes).
 */
export function channel() {
  let controller = null;
  let sequence = 0;
  return async function request(path, params) {
    controller?.abort();
    controller = new AbortController();
    const mine = ++sequence;
    try {
      const body = await getJson(path, params, controller.signal);
      if (mine !== sequence) throw new Superseded();
      return body;
    } catch (error) {
      if (mine !== sequence || error.name === "AbortError") throw new Superseded();
      throw error;
    }
  };
}

/** GETs a path of our API with query parameters and returns the parsed body, or throws an {@link ApiError}. */
export async function getJson(path, params, signal) {
  const url = params ? `${path}?${params}` : path;
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "unreachable", "The server cannot be reached. Check the connection and try again.");
  }
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    if (error.name === "AbortError") throw error;
  }
  if (!response.ok) {
    const detail = body && body.error ? body.error : {};
    throw new ApiError(response.status, detail.code || "http_" + response.status,
        detail.message || `The server answered ${response.status}.`, detail.position);
  }
  if (body === null) throw new ApiError(response.status, "bad_answer", "The server sent an answer the page cannot read.");
  return body;
}

/** The address of an article: each segment of the id is encoded, since ids may contain "/". */
export function articlePath(id) {
  return "/api/articles/" + id.split("/").map(encodeURIComponent).join("/");
}
