// The localhost certificate for the dev server, made locally by office-addin-dev-certs (no network).
// On Windows and macOS the CA is also trusted so desktop Excel accepts https://localhost; elsewhere
// nothing is installed, so a fresh Linux machine needs no sudo and sees no prompt.
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const { localhostCertificatePath, localhostKeyPath, caCertificatePath } = require("office-addin-dev-certs/lib/defaults");

function certificatesValid() {
  if (![localhostCertificatePath, localhostKeyPath, caCertificatePath].every((p) => fs.existsSync(p))) return false;
  try {
    const { X509Certificate } = require("crypto");
    const cert = new X509Certificate(fs.readFileSync(localhostCertificatePath));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

async function ensureCertificates({ trust }) {
  if (trust) {
    await devCerts.ensureCertificatesAreInstalled();
  } else if (!certificatesValid()) {
    await devCerts.generateCertificates();
  }
}

function httpsOptionsSync() {
  if (!certificatesValid()) {
    throw new Error("找不到本机开发证书，请用 npm start 启动（它会自动生成证书）。 (No localhost certificate: start with npm start, which makes one.)");
  }
  return {
    ca: fs.readFileSync(caCertificatePath),
    cert: fs.readFileSync(localhostCertificatePath),
    key: fs.readFileSync(localhostKeyPath),
  };
}

module.exports = { ensureCertificates, httpsOptionsSync, caCertificatePath };
