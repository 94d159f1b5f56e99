// Unknown URLs inside a language: a translated 404 with the 404 status.
export function loader() {
  throw new Response('Not found', { status: 404 })
}

export default function NotFound() {
  return null
}
