"""What libzonecfg makes of an XML document before it reads it as a zone.

zonecfg_get_handle_impl() (onnv_86 libzonecfg.c 600-613) parses the file and has libxml2
validate it against the DTD its DOCTYPE names; a document that does not parse, declares
no DTD, or does not match its DTD is Z_INVALID_DOCUMENT. A valid document of another
type (an SMF manifest, a pools configuration) passes, and is refused only when its root
element is read as a zone's: getroot() gives Z_WRONG_DOC_TYPE (libzonecfg.c 441-442).
The simulated systems hold no DTD files: the table below stands for the ones Solaris 10
installs, and a document counts as valid when it names one of them and its root element
is the one that DTD declares.
"""

from __future__ import annotations

import re

DTD_DIR = "/usr/share/lib/xml/dtd/"
# the DTDs of a Solaris 10 system: file -> the root element it declares
SOLARIS_DTDS = {
    "zonecfg.dtd.1": "zone",
    "service_bundle.dtd.1": "service_bundle",  # SMF manifests and profiles
    "rm_pool.dtd.1": "system",  # /etc/pooladm.conf
    "brand.dtd.1": "brand",  # /usr/lib/brand/*/config.xml
    "zone_platform.dtd.1": "platform",  # /usr/lib/brand/*/platform.xml
}
_QUOTED = r"(?:\"([^\"]*)\"|'([^']*)')"
_DOCTYPE = re.compile(
    r"<!DOCTYPE\s+([^\s>\[]+)\s+(?:PUBLIC\s+" + _QUOTED + r"\s+|SYSTEM\s+)" + _QUOTED
)
_ROOT = re.compile(r"<([A-Za-z_][\w.-]*)")


def _root_element(text: str) -> str | None:
    """The first element's name, past the prolog (declaration, comments, DOCTYPE)."""
    rest = re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", text, flags=re.S)
    found = _ROOT.search(rest)
    return found.group(1) if found else None


def document_type(text: str) -> str:
    """Z_OK for a zone document that names the zonecfg DTD, Z_WRONG_DOC_TYPE for a valid
    document of another type, Z_INVALID_DOCUMENT for anything else."""
    declared = _DOCTYPE.search(text)
    root = _root_element(text)
    if declared is None or root is None or declared.group(1) != root:
        return "Z_INVALID_DOCUMENT"
    system = declared.group(4) or declared.group(5) or ""
    path = system.removeprefix("file://")
    name = path.removeprefix(DTD_DIR)
    if not path.startswith(DTD_DIR) or SOLARIS_DTDS.get(name) != root:
        return "Z_INVALID_DOCUMENT"
    return "Z_OK" if root == "zone" else "Z_WRONG_DOC_TYPE"
