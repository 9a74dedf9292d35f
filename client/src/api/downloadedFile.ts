/** A download the server answered with `Content-Disposition: attachment; filename="…"`. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

const FILE_NAME = /filename="([^"]+)"/;

/** The answer's body as a file, named as the server names it (else `fallback`). */
export const downloadedFile = async (
  response: Response,
  fallback: string,
): Promise<DownloadedFile> => ({
  blob: await response.blob(),
  fileName: FILE_NAME.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback,
});
