"""Reads a CodeGeneratorRequest on stdin, runs grpcio-tools' protoc on the same descriptors, answers a CodeGeneratorResponse.

The request already holds every file and its imports as descriptors, so protoc reads them with --descriptor_set_in
and no .proto file or include path is needed.
"""
import os
import sys
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc


def main() -> None:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    response = plugin_pb2.CodeGeneratorResponse(supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL)
    with tempfile.TemporaryDirectory() as tmp:
        descriptors = os.path.join(tmp, "descriptors.binpb")
        with open(descriptors, "wb") as f:
            f.write(descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString())
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        args = ["protoc", f"--descriptor_set_in={descriptors}", f"--python_out={out}", f"--pyi_out={out}", f"--grpc_python_out={out}"]
        if protoc.main(args + list(request.file_to_generate)) != 0:
            response.error = "grpcio-tools protoc failed (its messages are above)"
        else:
            # grpc_python_out writes a stub module for every file; only those with services have anything in it.
            serviceless = {f.name[: -len(".proto")] + "_pb2_grpc.py" for f in request.proto_file if not f.service}
            for root, _, files in os.walk(out):
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if os.path.relpath(path, out) in serviceless:
                        continue
                    with open(path, encoding="utf-8") as f:
                        response.file.add(name=os.path.relpath(path, out), content=f.read())
    sys.stdout.buffer.write(response.SerializeToString())


if __name__ == "__main__":
    main()
