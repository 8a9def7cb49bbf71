/** English: the request guards' messages (input text, cross-site requests, content types, client errors). */
export const securityErrors = {
  'errors.text.nul': 'Text must not contain the NUL character (\\u0000).',
  'errors.text.surrogate': 'Text contains an invalid Unicode character (a lone surrogate).',
  'errors.url.http': 'A full web address starting with http:// or https:// is needed.',
  'errors.dataRejected': 'The database refused the value sent. Please check the data.',
  'errors.headersTooLarge': 'Request headers too large',
  'errors.headersTooLarge.detail': 'The request headers (usually cookies) exceed the allowed size.',
  'errors.requestTimeout': 'Request timed out',
  'errors.requestTimeout.detail': 'The server did not receive the whole request in time.',
  'errors.badRequest': 'The request is not well-formed HTTP.',
  'errors.unsupportedMediaType': 'Unsupported content type',
  'errors.unsupportedMediaType.detail': 'This address takes {{expected}}, not {{received}}.',
  'errors.crossSite': 'Cross-site request refused',
  'errors.crossSite.detail': 'Changes may only be sent from the platform\'s own pages (this request came from {{origin}}).',
};
