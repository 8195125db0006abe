/**
 * Does what the kiosk browser does on its first load: opens the launch URL and keeps the session
 * cookie main sets for it. Resolves the `Cookie` header value, or undefined when none was set.
 */
export async function redeemLaunchUrl(launchUrl: string): Promise<string | undefined> {
  const response = await fetch(launchUrl, { redirect: 'manual' });
  return response.headers.get('set-cookie')?.split(';')[0];
}
