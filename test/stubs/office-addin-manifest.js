// office-addin-mock only needs the OfficeApp enum from office-addin-manifest; the real package
// pulls in ES-module-only dependencies that jest 30 on Node 20 cannot require.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
