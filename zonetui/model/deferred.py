"""When the models' validators are built.

pydantic builds a model's validator and serializer when its class is made, and each
holds those of every model inside it: the 29 classes of the world cost their schemas
again and again at every start. A model whose config is `DEFERRED` has them built when
first used on its own. `Host` and `World` are built at import: the state is read host
by host, and building a host builds what it holds once.
"""

from pydantic import ConfigDict

DEFERRED = ConfigDict(defer_build=True)
